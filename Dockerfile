# Builds and runs Peerscope; used by docker-compose.yml. The database comes from SPRING_DATASOURCE_URL.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 peerscope
USER peerscope
WORKDIR /app
COPY --from=build /src/target/peerscope.jar /app/peerscope.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/peerscope.jar"]
