import Foundation
import Interpreter
import Testing

@Test func mathFollowsCPython() {
    let out = runStdlib(
        """
        import math
        print(math.floor(2.5), math.ceil(-0.5), math.log(8,2), math.factorial(25), math.isclose(0.1+0.2,0.3))
        math.sqrt(-1)
        """)
    #expect(out == "2 0 3.0 15511210043330985984000000 True\nValueError: math domain error\n")
}

@Test func pathFunctionsFollowPosixpath() {
    let out = runStdlib(
        """
        import os.path as p
        print(p.join('a','b','/c','d'), p.splitext('x/.bashrc'), p.splitext('a/b.tar.gz'), p.split('/a/b/'), p.dirname('a//b'))
        """)
    #expect(out == "/c/d ('x/.bashrc', '') ('a/b.tar', '.gz') ('/a/b', '') a\n")
}

/// A temporary workspace with one data folder inside and one secret file outside it.
private func makeWorkspace() throws -> (workspace: String, outside: String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-os-\(UUID().uuidString)").path
    let workspace = root + "/ws"
    try FileManager.default.createDirectory(atPath: workspace + "/data/b", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: workspace + "/data/a", withIntermediateDirectories: true)
    try "secret".write(toFile: root + "/secret.txt", atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(atPath: workspace + "/escape", withDestinationPath: root)
    return (workspace, root)
}

@Test func listdirIsSortedAndConfinedToTheSandbox() throws {
    let (workspace, outside) = try makeWorkspace()
    defer { try? FileManager.default.removeItem(atPath: outside) }
    let policy = SandboxPolicy(readableFolders: [], workspaceFolder: workspace)
    #expect(runStdlib("import os\nprint(os.listdir('data'))", policy: policy) == "['a', 'b']\n")
    #expect(runStdlib("import os\nprint(os.path.exists('\(outside)/secret.txt'), os.path.exists('escape/secret.txt'))", policy: policy) == "False False\n")
    #expect(
        runStdlib("import os\nos.listdir('escape')", policy: policy).hasSuffix(
            "PermissionError: [Errno 13] Permission denied: 'escape' (code here reads only the course's folders and data sets)\n"))
    #expect(runStdlib("import os\nos.listdir('nope')", policy: policy).hasSuffix("FileNotFoundError: [Errno 2] No such file or directory: 'nope'\n"))
}

@Test func mkdirWritesOnlyInTheWorkspace() throws {
    let (workspace, outside) = try makeWorkspace()
    defer { try? FileManager.default.removeItem(atPath: outside) }
    let policy = SandboxPolicy(readableFolders: [], workspaceFolder: workspace)
    #expect(runStdlib("import os\nos.mkdir('made')\nprint(os.path.isdir('made'))", policy: policy) == "True\n")
    #expect(runStdlib("import os\nos.mkdir('made')", policy: policy).hasSuffix("FileExistsError: [Errno 17] File exists: 'made'\n"))
    #expect(runStdlib("import os\nos.mkdir('escape/evil')", policy: policy).contains("PermissionError"))
    #expect(!FileManager.default.fileExists(atPath: outside + "/evil"))
}

@Test func killingTheSessionIsRefusedPolitely() {
    let out = runStdlib("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\nprint('still here')")
    #expect(out.hasSuffix("still here\n"))
    #expect(out.contains("os.kill() does nothing here"))
}

@Test func aDataSetLinkedIntoAReadableFolderIsReadableButALinkInTheWorkspaceIsNot() throws {
    let (workspace, outside) = try makeWorkspace()
    defer { try? FileManager.default.removeItem(atPath: outside) }
    try FileManager.default.createDirectory(atPath: outside + "/shared/rps", withIntermediateDirectories: true)
    try "rock".write(toFile: outside + "/shared/rps/label.txt", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: workspace + "/datasets", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: workspace + "/datasets/rps", withDestinationPath: outside + "/shared/rps")
    let policy = SandboxPolicy(readableFolders: ["datasets", workspace], workspaceFolder: workspace)
    #expect(runStdlib("print(open('datasets/rps/label.txt').read())", policy: policy) == "rock\n")
    #expect(runStdlib("import os\nprint(os.path.exists('escape/secret.txt'))", policy: policy) == "False\n", "the workspace's own links stay closed")
    #expect(runStdlib("print(open('\(outside)/shared/rps/label.txt').read())", policy: policy) == "rock\n")
    #expect(runStdlib("import os\nprint(os.path.exists('\(outside)/secret.txt'))", policy: policy) == "False\n", "only the link's target opens")
}
