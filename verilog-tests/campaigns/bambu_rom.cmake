idetic_add_campaign(NAME bambu_rom TOP crc_rom SOURCES ${EX}/bambu_rom/bambu_rom.v QUICK_ARGS ${IDETIC_QUICK_ARGS})
