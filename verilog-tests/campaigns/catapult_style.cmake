idetic_add_campaign(NAME catapult_style TOP popcnt_sum SOURCES ${EX}/catapult_style/catapult_style.v QUICK_ARGS ${IDETIC_QUICK_ARGS})
