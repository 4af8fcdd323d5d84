idetic_add_campaign(NAME legup_nested TOP top SOURCES ${EX}/legup_nested/legup_nested.v QUICK_ARGS ${IDETIC_QUICK_ARGS})
if(IDETIC_HAVE_REWRITER)
  # --memories nv: the shared RAM is non-volatile (writes blocked in freeze and reset).
  idetic_add_campaign(NAME legup_nested_nv DRIVER legup_nested TOP top SOURCES ${EX}/legup_nested/legup_nested.v
    SYNTH_ARGS --memories nv QUICK_ARGS ${IDETIC_QUICK_ARGS} --contract)
endif()
