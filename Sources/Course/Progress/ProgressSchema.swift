import GRDB

/// The progress file's schema, as versioned migrations: a file records which of them it has had.
enum ProgressSchema {
    /// `PRAGMA application_id` of a Deeplings progress file ("DLNG"), so another program's database is recognised as such.
    static let applicationID: Int32 = 0x444C_4E47

    /// Every migration this version knows, oldest first; append, never edit a released one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-lessons-exercises-attempts") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE lesson (
                        id TEXT PRIMARY KEY NOT NULL,
                        contentHash TEXT NOT NULL,
                        position INTEGER NOT NULL DEFAULT 0,
                        lastOpenedAt REAL NOT NULL
                    );
                    CREATE TABLE exercise (
                        lessonId TEXT NOT NULL,
                        exerciseId TEXT NOT NULL,
                        outcome TEXT NOT NULL,
                        hintsUsed INTEGER NOT NULL DEFAULT 0,
                        lastAnswer TEXT,
                        PRIMARY KEY (lessonId, exerciseId)
                    );
                    CREATE TABLE attempt (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        lessonId TEXT NOT NULL,
                        exerciseId TEXT NOT NULL,
                        at REAL NOT NULL,
                        outcome TEXT NOT NULL
                    );
                    CREATE INDEX attempt_exercise ON attempt (lessonId, exerciseId);
                    CREATE TABLE setting (
                        key TEXT PRIMARY KEY NOT NULL,
                        value TEXT NOT NULL
                    );
                    """)
        }
        return migrator
    }
}
