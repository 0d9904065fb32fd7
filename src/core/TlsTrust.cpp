#include "TlsTrust.h"
