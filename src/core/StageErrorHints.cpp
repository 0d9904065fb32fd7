#include "StageErrorHints.h"
