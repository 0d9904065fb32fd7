#include "UpdateReport.h"
