# Builds the shipped content into a fresh folder and audits it:
#   cmake -DCOPSITE=… -DROOT=… -DAUDIT=…/audit-site.sh -DWORK=DIR -P run_site_audit.cmake
# The report (report.json, screenshots) stays in WORK/report for a look after the run.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${COPSITE} build --root ${ROOT} --out ${WORK}/site
                RESULT_VARIABLE built)
if(NOT built EQUAL 0)
  message(FATAL_ERROR "copsite build failed (${built})")
endif()
execute_process(COMMAND ${AUDIT} ${WORK}/site --no-lighthouse --out ${WORK}/report
                RESULT_VARIABLE audited)
if(NOT audited EQUAL 0)
  message(FATAL_ERROR "the site audit failed (exit ${audited}); see the CHECK lines above and ${WORK}/report")
endif()
