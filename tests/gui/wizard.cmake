# The wizard's pages against the in-process simulator (included from tests/gui/CMakeLists.txt).
add_library(groov_gui_test_support STATIC ${CMAKE_CURRENT_LIST_DIR}/WizardDriver.h ${CMAKE_CURRENT_LIST_DIR}/WizardDriver.cpp
            ${CMAKE_CURRENT_LIST_DIR}/TranslationAudit.h ${CMAKE_CURRENT_LIST_DIR}/TranslationAudit.cpp
            ${CMAKE_CURRENT_LIST_DIR}/AccessibilityAudit.h ${CMAKE_CURRENT_LIST_DIR}/AccessibilityAudit.cpp)
target_link_libraries(groov_gui_test_support PUBLIC groov_build_settings groov_gui groov_test_harness Qt6::Test)
target_include_directories(groov_gui_test_support PUBLIC ${CMAKE_CURRENT_LIST_DIR})

groov_add_test(tst_devicepage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_devicepage.cpp
               LIBRARIES groov_gui groov_test_harness LABELS gui)
target_compile_definitions(tst_devicepage PRIVATE GROOV_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/unit/data")
groov_add_test(tst_wizardpages SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wizardpages.cpp LIBRARIES groov_gui LABELS gui)
groov_add_test(tst_updatewizard SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_updatewizard.cpp
               LIBRARIES groov_gui_test_support LABELS gui)
# The same walk in German, and the dialogs (translations/README.md).
groov_add_test(tst_translatedwizard SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_translatedwizard.cpp
               LIBRARIES groov_gui_test_support LABELS gui)
# The Result page alone, with reports built by hand (tests/unit/SampleReport.h).
groov_add_test(tst_resultpage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_resultpage.cpp
               LIBRARIES groov_gui_test_support LABELS gui)
target_include_directories(tst_resultpage PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
groov_add_test(tst_profilesdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_profilesdialog.cpp LIBRARIES groov_gui LABELS gui)
# The dialog that makes a fleet plan of saved profiles or a device list (issue 14).
groov_add_test(tst_fleetprofilesdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fleetprofilesdialog.cpp LIBRARIES groov_gui
               LABELS gui)
groov_add_test(tst_badinput_gui SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_badinput_gui.cpp
               LIBRARIES groov_gui groov_test_harness LABELS gui)
# Every page and dialog as a keyboard and screen-reader user meets them (issue 15): names, Tab, accelerators, buddies,
# the API key kept out of accessible text, stages announced, and words beside colours.
groov_add_test(tst_accessibility SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_accessibility.cpp
               LIBRARIES groov_gui_test_support LABELS gui)
