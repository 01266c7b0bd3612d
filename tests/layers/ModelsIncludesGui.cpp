// Must not compile: item models have no widgets.
#include "gui/MainWindow.h"
