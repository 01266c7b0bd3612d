// Must not compile: the importer is pure and knows nothing of storage.
#include "storage/PortfolioStore.h"
