@echo off
rem Runs the headless commands of a built checkout (mvn -DskipTests package), e.g.
rem   juesuan narrative --unit 105 --year 2023
setlocal
set "JAR=%~dp0target\juesuan.jar"
if not exist "%JAR%" (
  echo juesuan: build first: mvn -DskipTests package 1>&2
  exit /b 1
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
chcp 65001 >nul
"%JAVA%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="%~dp0target\juesuan.jsa" -Xlog:cds=off --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
