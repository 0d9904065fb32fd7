#include "DeviceAddress.h"
