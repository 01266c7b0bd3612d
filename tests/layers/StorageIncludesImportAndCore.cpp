// Must compile: the control for the probes above, so a broken probe set-up cannot pass them.
#include "core/Result.h"
#include "import/InnokylaParser.h"
#include "storage/PortfolioStore.h"
