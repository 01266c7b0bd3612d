// Must not compile: exports are drawn from storage, not from item models.
#include "models/TimelineModel.h"
