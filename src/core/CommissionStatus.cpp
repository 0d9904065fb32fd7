#include "CommissionStatus.h"
