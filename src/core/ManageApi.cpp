#include "ManageApi.h"
