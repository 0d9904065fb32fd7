#include "FirmwareHasher.h"
