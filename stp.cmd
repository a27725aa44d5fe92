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
  call mvn -B -q -DskipTests -pl stp-reports -am package 1>&2
  if errorlevel 1 (
    popd
    echo stp: the build failed; run "mvn -B -DskipTests package" in %HERE% to see why. 1>&2
    exit /b 4
  )
  popd
)
java -jar "%JAR%" %*
exit /b %ERRORLEVEL%
