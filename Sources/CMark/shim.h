#include <cmark-gfm/cmark-gfm.h>
