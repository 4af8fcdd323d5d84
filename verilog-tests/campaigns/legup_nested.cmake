idetic_add_campaign(NAME legup_nested TOP top SOURCES ${EX}/legup_nested/legup_nested.v QUICK_ARGS ${IDETIC_QUICK_ARGS})
