@echo off
rem The `stp` command line for Windows (cmd.exe or PowerShell), beside ./stp for bash.
rem Builds the runnable jar on first use, then runs it with every argument given; its exit code is stp's.
rem After changing the sources, delete stp-reports\target\stp.jar (or run mvn package) to rebuild.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%stp-reports\target\stp.jar"
if not exist "%JAR%" (
  echo stp: building the toolkit ^(first use^)... 1>&2
  pushd "%HERE%"
  call mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl stp-reports -am package 1>&2
  if errorlevel 1 (
    popd
    echo stp: the build failed; run "mvn -B -DskipTests package" in %HERE% to see why. 1>&2
    exit /b 4
  )
  popd
)
rem Start-up, as ./stp does: once after each build, a training run (CdsTraining) lists the classes every
rem command loads (-XX:DumpLoadedClassList) and a static class-data-sharing archive is dumped from the list
rem (stp.jsa beside the jar, -Xshare:dump) that every run maps (-XX:SharedArchiveFile). The archive is rebuilt
rem when the jar changes (its time and size are kept in stp.jsa.stamp). A missing or mismatched archive is
rem ignored by the JVM (-Xshare:auto). STP_NO_CDS=1 runs without it. (Not run on Windows by the test suite.)
set "JSA=%HERE%stp-reports\target\stp.jsa"
set "STAMP=%JSA%.stamp"
set "CDS="
if "%STP_NO_CDS%"=="1" goto :nocds
for %%F in ("%JAR%") do set "JARID=%%~tF %%~zF"
set "OLDID="
if exist "%STAMP%" set /p OLDID=<"%STAMP%"
if not exist "%JSA%" set "OLDID="
if not "%OLDID%"=="%JARID%" (
  echo stp: preparing the start-up archive ^(once after each build^)... 1>&2
  if exist "%JSA%" del /f /q "%JSA%" >nul 2>&1
  if exist "%JSA%.classlist" del /f /q "%JSA%.classlist" >nul 2>&1
  java -XX:DumpLoadedClassList="%JSA%.classlist" -XX:TieredStopAtLevel=1 -cp "%JAR%" org.stptoolkit.reports.cli.CdsTraining >nul 2>&1
  if exist "%JSA%.classlist" java -Xshare:dump -XX:SharedClassListFile="%JSA%.classlist" -XX:SharedArchiveFile="%JSA%" -Xlog:cds=off -cp "%JAR%" >nul 2>&1
  if exist "%JSA%.classlist" del /f /q "%JSA%.classlist" >nul 2>&1
  if exist "%JSA%" (>"%STAMP%" echo %JARID%)
)
rem ArchiveRelocationMode=0 maps the archive where it was dumped instead of relocating it on every start (~70 ms).
if exist "%JSA%" set "CDS=-XX:SharedArchiveFile="%JSA%" -Xshare:auto -Xlog:cds=off -XX:+UnlockDiagnosticVMOptions -XX:+IgnoreUnrecognizedVMOptions -XX:ArchiveRelocationMode=0"
:nocds
set "JIT=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="national" set "JIT=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn256m"
if /i "%~1"=="collect" set "JIT=-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn256m"
if /i "%~1"=="montecarlo" set "JIT="
if /i "%~1"=="goalseek" set "JIT="
java %CDS% %JIT% %STP_JAVA_OPTS% -cp "%JAR%" org.stptoolkit.reports.cli.StpCommand %*
exit /b %ERRORLEVEL%
