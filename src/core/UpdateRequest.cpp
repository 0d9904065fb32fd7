#include "UpdateRequest.h"
