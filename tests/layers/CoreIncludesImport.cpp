// Must not compile: core is the bottom layer and sees no importer.
#include "import/InnokylaParser.h"
