#include "FileSliceDevice.h"
