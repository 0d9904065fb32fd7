#include "UpdateStatus.h"
