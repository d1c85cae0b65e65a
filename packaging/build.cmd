@echo off
rem Builds Review Desk's Windows installer into target\dist\, the twin of packaging/build.sh.
rem
rem   packaging\build.cmd [--type app-image|msi|all]      (default: all)
rem
rem   target\dist\Review Desk\Review Desk.exe   the app image: the window
rem   target\dist\Review Desk\review-desk.exe   the same program with a console, for the command line
rem   target\dist\Review Desk-<version>.msi     installs to C:\Program Files\Review Desk
rem
rem Needs: a JDK 17+ with jlink and jpackage (JAVA_HOME, or on PATH), Maven on PATH, and for the
rem .msi the WiX Toolset 3 (candle.exe and light.exe on PATH). Unlike build.sh it always runs
rem the Maven package step; Maven skips what is up to date.
rem Not run by CI (there is no Windows machine): keep it as plain as build.sh.
setlocal EnableExtensions EnableDelayedExpansion

set "TYPE=all"
:args
if "%~1"=="" goto args_done
if "%~1"=="--type" (
    set "TYPE=%~2"
    shift
    shift
    goto args
)
echo build.cmd: unknown argument '%~1' (expected --type app-image^|msi^|all) 1>&2
exit /b 64
:args_done
if not "%TYPE%"=="app-image" if not "%TYPE%"=="msi" if not "%TYPE%"=="all" (
    echo build.cmd: --type '%TYPE%' is not built on Windows (expected app-image, msi or all) 1>&2
    exit /b 64
)

cd /d "%~dp0.."
set "ROOT=%CD%"
set "WORK=%ROOT%\target\packaging"
set "DIST=%ROOT%\target\dist"

rem --- tools ------------------------------------------------------------------------------------
set "JDK_BIN="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\jpackage.exe" set "JDK_BIN=%JAVA_HOME%\bin"
if not defined JDK_BIN for /f "delims=" %%p in ('where jpackage.exe 2^>nul') do if not defined JDK_BIN set "JDK_BIN=%%~dpp"
if not defined JDK_BIN (
    echo build.cmd: missing: jpackage; install a JDK 17+ and set JAVA_HOME 1>&2
    exit /b 3
)
where mvn >nul 2>nul || (
    echo build.cmd: missing: mvn; install Maven and put its bin folder on PATH 1>&2
    exit /b 3
)
if not "%TYPE%"=="app-image" (
    where candle.exe >nul 2>nul && where light.exe >nul 2>nul || (
        echo build.cmd: missing: the WiX Toolset 3 ^(candle.exe, light.exe^) on PATH, needed for the .msi 1>&2
        exit /b 3
    )
)

rem --- version: the pom's, numeric for the installer (0.1.0-SNAPSHOT -> 0.1.0) ------------------
for /f "delims=" %%v in ('powershell -NoProfile -Command "([xml](Get-Content pom.xml)).project.version"') do set "POM_VERSION=%%v"
for /f "tokens=1 delims=-" %%v in ("%POM_VERSION%") do set "APP_VERSION=%%v"
rem The jar mvn package writes: <finalName>.jar when the pom sets one, else artifactId-version.jar.
for /f "delims=" %%n in ('powershell -NoProfile -Command "$p = [xml](Get-Content pom.xml); if ($p.project.build.finalName) { $p.project.build.finalName } else { 'review-desk-' + $p.project.version }"') do set "MAIN_JAR=%%n.jar"

rem --- the jar and its libraries --------------------------------------------------------------------
echo build.cmd: building target\%MAIN_JAR%
call mvn -o -q -DskipTests package || exit /b 1
if exist "%WORK%\input" rmdir /s /q "%WORK%\input"
mkdir "%WORK%\input\lib"
copy /y "target\%MAIN_JAR%" "%WORK%\input\" >nul || exit /b 1
copy /y "target\lib\*.jar" "%WORK%\input\lib\" >nul || exit /b 1
rem JavaFX's native libraries where JavaFX looks for them beside its jars on Windows: ..\bin of the jars' folder.
mkdir "%WORK%\input\bin"
copy /y "target\bin\*.dll" "%WORK%\input\bin\" >nul || exit /b 1

rem --- the Java runtime, from the same module list as build.sh -------------------------------------
set "MODULES="
for /f "usebackq eol=# tokens=*" %%m in ("packaging\runtime-modules.txt") do (
    if defined MODULES (set "MODULES=!MODULES!,%%m") else (set "MODULES=%%m")
)
echo build.cmd: linking a Java runtime (%MODULES%)
if exist "%WORK%\runtime" rmdir /s /q "%WORK%\runtime"
"%JDK_BIN%\jlink.exe" --add-modules %MODULES% --output "%WORK%\runtime" --strip-debug --no-header-files --no-man-pages --compress=2 || exit /b 1

rem --- jpackage -----------------------------------------------------------------------------------------
set COMMON=--app-version %APP_VERSION% --vendor "Review Desk project" --description "Review AI-drafted technical posts offline" --copyright "Copyright the Review Desk authors" --dest "%DIST%"
set "IMAGE=%DIST%\Review Desk"

if "%TYPE%"=="msi" if exist "%IMAGE%\Review Desk.exe" goto msi
echo build.cmd: building the app image target\dist\Review Desk
if exist "%IMAGE%" rmdir /s /q "%IMAGE%"
rem review-desk.exe is a second launcher built as a console program (see review-desk-cli.properties).
"%JDK_BIN%\jpackage.exe" --type app-image %COMMON% --name "Review Desk" ^
    --input "%WORK%\input" --main-jar %MAIN_JAR% --main-class org.reviewdesk.Main ^
    --runtime-image "%WORK%\runtime" --java-options "-Dfile.encoding=UTF-8" ^
    --icon "%ROOT%\icons\review-desk.ico" ^
    --add-launcher "review-desk=%ROOT%\packaging\windows\review-desk-cli.properties" || exit /b 1
if "%TYPE%"=="app-image" goto done

:msi
echo build.cmd: building the .msi from the app image
if exist "%DIST%\Review Desk-*.msi" del /q "%DIST%\Review Desk-*.msi"
rem The upgrade UUID stays the same for every version, so that a new .msi replaces the old one.
"%JDK_BIN%\jpackage.exe" --type msi %COMMON% --name "Review Desk" ^
    --app-image "%IMAGE%" ^
    --win-upgrade-uuid c723d66e-66e6-427c-81ea-9033125e7db2 ^
    --win-menu --win-menu-group "Review Desk" --win-shortcut --win-dir-chooser || exit /b 1

:done
echo build.cmd: done; in target\dist:
dir /b "%DIST%"
endlocal
