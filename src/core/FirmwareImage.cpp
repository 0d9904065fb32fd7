#include "FirmwareImage.h"
