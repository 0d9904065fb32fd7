#include "UpdateController.h"
