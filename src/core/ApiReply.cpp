#include "ApiReply.h"
