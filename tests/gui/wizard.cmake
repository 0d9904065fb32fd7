# The wizard's pages against the in-process simulator (included from tests/gui/CMakeLists.txt).
groov_add_test(tst_devicepage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_devicepage.cpp
               LIBRARIES groov_gui groov_test_harness LABELS gui)
target_compile_definitions(tst_devicepage PRIVATE GROOV_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/unit/data")
groov_add_test(tst_wizardpages SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wizardpages.cpp LIBRARIES groov_gui LABELS gui)
groov_add_test(tst_updatewizard SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_updatewizard.cpp
               LIBRARIES groov_gui groov_test_harness LABELS gui)
groov_add_test(tst_profilesdialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_profilesdialog.cpp LIBRARIES groov_gui LABELS gui)
