#include "DeviceInfo.h"
