// Must not compile: storage hands value types up and never sees item models.
#include "models/ProjectTreeModel.h"
