idetic_add_campaign(NAME aes_like TOP aes_like SOURCES ${EX}/aes_like/aes_like.v QUICK_ARGS ${IDETIC_QUICK_ARGS})
