; Atelier Quiz — Windows installer (NSIS 3, built on Linux by packaging/windows/build.sh).
;
; Why per user: advisors' laptops are often locked by their structure, so the default install
; needs no administrator rights — everything goes under the user's profile and HKCU:
;   program     $LOCALAPPDATA\Programs\Atelier Quiz (the folder Windows uses for per-user apps)
;   shortcut    Start menu (current user)
;   file type   HKCU\Software\Classes (ProgID AtelierQuiz.Quiz, "Quiz Atelier Quiz", app icon)
;   uninstall   HKCU\...\Uninstall\AtelierQuiz ("Applications et fonctionnalités")
; Silent install: `atelier-quiz-<version>-windows-x86_64-setup.exe /S` (optionally /D=<folder>).
;
; File type: Windows looks only at the last extension of a name, so "cours.quiz.json" is a
; ".json" file to Explorer; no registry key can target ".quiz.json" alone. The installer adds
; Atelier Quiz to the "Ouvrir avec" list of .json files and becomes their default only when no
; other program owns .json (it never takes .json away from another program). See docs/WINDOWS.md.
;
; Defines passed by build.sh: VERSION, STAGE (folder with the exes and licences), OUTFILE.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!include "MUI2.nsh"
!include "x64.nsh"

!define APPNAME "Atelier Quiz"
!define PROGID "AtelierQuiz.Quiz"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\AtelierQuiz"
!define CLASSES "Software\Classes"

Name "${APPNAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} — installation"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT OR Apache-2.0"

!define MUI_ICON "${STAGE}/atelier-quiz.ico"
!define MUI_UNICON "${STAGE}/atelier-quiz.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\atelier-quiz.exe"

!insertmacro MUI_PAGE_WELCOME
!define MUI_LICENSEPAGE_BUTTON "$(^NextBtn)"
!define MUI_LICENSEPAGE_TEXT_BOTTOM "$(LicenceBottom)"
!insertmacro MUI_PAGE_LICENSE "${STAGE}/LICENCES.txt"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; French first: it is the default when the system language is neither.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString LicenceBottom ${LANG_FRENCH} "Atelier Quiz est un logiciel libre (MIT ou Apache-2.0, au choix). Rien à accepter : cliquez sur Suivant."
LangString LicenceBottom ${LANG_ENGLISH} "Atelier Quiz is free software (MIT or Apache-2.0, at your choice). Nothing to accept: click Next."
LangString FileTypeName ${LANG_FRENCH} "Quiz Atelier Quiz"
LangString FileTypeName ${LANG_ENGLISH} "Quiz Atelier Quiz"
LangString OpenVerb ${LANG_FRENCH} "Ouvrir avec Atelier Quiz"
LangString OpenVerb ${LANG_ENGLISH} "Open with Atelier Quiz"
LangString Only64 ${LANG_FRENCH} "Atelier Quiz demande une version 64 bits de Windows."
LangString Only64 ${LANG_ENGLISH} "Atelier Quiz needs a 64-bit version of Windows."

Function .onInit
    ${IfNot} ${RunningX64}
        MessageBox MB_ICONSTOP "$(Only64)" /SD IDOK
        Abort
    ${EndIf}
    SetShellVarContext current
FunctionEnd

Function un.onInit
    SetShellVarContext current
FunctionEnd

Section "Atelier Quiz" SecMain
    SectionIn RO
    SetOutPath "$INSTDIR"
    File "${STAGE}/atelier-quiz.exe"
    File "${STAGE}/atelier-quiz-cli.exe"
    File "${STAGE}/atelier-quiz.ico"
    File "${STAGE}/LICENCES.txt"
    File "${STAGE}/LISEZ-MOI.txt"
    WriteUninstaller "$INSTDIR\uninstall.exe"

    CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\atelier-quiz.exe" "" "$INSTDIR\atelier-quiz.exe" 0

    ; The file type: a ProgID with the app's icon and an "open" verb.
    WriteRegStr HKCU "${CLASSES}\${PROGID}" "" "$(FileTypeName)"
    WriteRegStr HKCU "${CLASSES}\${PROGID}" "FriendlyTypeName" "$(FileTypeName)"
    WriteRegStr HKCU "${CLASSES}\${PROGID}\DefaultIcon" "" '"$INSTDIR\atelier-quiz.exe",0'
    WriteRegStr HKCU "${CLASSES}\${PROGID}\shell" "" "open"
    WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open" "" "$(OpenVerb)"
    WriteRegStr HKCU "${CLASSES}\${PROGID}\shell\open\command" "" '"$INSTDIR\atelier-quiz.exe" "%1"'
    ; Offered in "Ouvrir avec" for every .json file…
    WriteRegStr HKCU "${CLASSES}\.json\OpenWithProgids" "${PROGID}" ""
    WriteRegStr HKCU "${CLASSES}\Applications\atelier-quiz.exe" "FriendlyAppName" "${APPNAME}"
    WriteRegStr HKCU "${CLASSES}\Applications\atelier-quiz.exe\DefaultIcon" "" '"$INSTDIR\atelier-quiz.exe",0'
    WriteRegStr HKCU "${CLASSES}\Applications\atelier-quiz.exe\shell\open\command" "" '"$INSTDIR\atelier-quiz.exe" "%1"'
    WriteRegStr HKCU "${CLASSES}\Applications\atelier-quiz.exe\SupportedTypes" ".json" ""
    ; …and the default only when nobody else owns .json (per user or for the machine).
    ReadRegStr $0 HKCU "${CLASSES}\.json" ""
    ReadRegStr $1 HKLM "${CLASSES}\.json" ""
    ${If} $0 == ""
    ${AndIf} $1 == ""
        WriteRegStr HKCU "${CLASSES}\.json" "" "${PROGID}"
        WriteRegStr HKCU "${UNINSTKEY}" "OwnsJson" "1"
    ${EndIf}

    WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
    WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" '"$INSTDIR\atelier-quiz.exe",0'
    WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${APPNAME}"
    WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
    WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
    WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
    WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
    WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
    WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" ${SIZE_KB}

    ; Tell Explorer the associations changed (SHCNE_ASSOCCHANGED).
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Uninstall"
    Delete "$INSTDIR\atelier-quiz.exe"
    Delete "$INSTDIR\atelier-quiz-cli.exe"
    Delete "$INSTDIR\atelier-quiz.ico"
    Delete "$INSTDIR\LICENCES.txt"
    Delete "$INSTDIR\LISEZ-MOI.txt"
    Delete "$INSTDIR\uninstall.exe"
    RMDir "$INSTDIR"
    Delete "$SMPROGRAMS\${APPNAME}.lnk"

    ReadRegStr $0 HKCU "${UNINSTKEY}" "OwnsJson"
    ReadRegStr $1 HKCU "${CLASSES}\.json" ""
    ${If} $0 == "1"
    ${AndIf} $1 == "${PROGID}"
        DeleteRegValue HKCU "${CLASSES}\.json" ""
    ${EndIf}
    DeleteRegValue HKCU "${CLASSES}\.json\OpenWithProgids" "${PROGID}"
    DeleteRegKey /ifempty HKCU "${CLASSES}\.json\OpenWithProgids"
    DeleteRegKey /ifempty HKCU "${CLASSES}\.json"
    DeleteRegKey HKCU "${CLASSES}\${PROGID}"
    DeleteRegKey HKCU "${CLASSES}\Applications\atelier-quiz.exe"
    DeleteRegKey HKCU "${UNINSTKEY}"
    ; The user's quizzes, settings and recovery copies are theirs: never deleted here.
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
