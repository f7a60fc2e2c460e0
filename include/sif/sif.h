/* include/sif/sif.h — everything public of sif's ledger core. */
#ifndef SIF_SIF_H
#define SIF_SIF_H

#include "sif/error.h"
#include "sif/i18n.h"
#include "sif/money.h"
#include "sif/share.h"
#include "sif/sha256.h"
#include "sif/store.h"
#include "sif/batch.h"
#include "sif/anchor.h"
#include "sif/entity.h"
#include "sif/cost.h"
#include "sif/period.h"
#include "sif/evidence.h"
#include "sif/param.h"
#include "sif/saving.h"
#include "sif/method.h"
#include "sif/effect.h"
#include "sif/result.h"
#include "sif/discount.h"
#include "sif/agency.h"
#include "sif/saving_econ.h"
#include "sif/simulate.h"
#include "sif/demo.h"
#include "sif/rule.h"
#include "sif/scenario.h"
#include "sif/decision.h"
#include "sif/fund_books.h"
#include "sif/user.h"
#include "sif/check.h"

#endif
