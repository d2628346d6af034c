package dev.atrium.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.atrium.application.port.in.AuthenticateUseCase;
import dev.atrium.application.port.in.GetCatalogUseCase;
import dev.atrium.application.port.in.LoginUseCase;
import dev.atrium.application.port.in.LogoutUseCase;
import dev.atrium.application.port.out.LoginLog;
import dev.atrium.application.port.out.PasswordHasher;
import dev.atrium.application.port.out.RecordRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.DomainException;
import dev.atrium.domain.metadata.Catalog;
import dev.atrium.domain.metadata.EntityDefinition;
import dev.atrium.domain.metadata.LinkRoute;
import dev.atrium.domain.metadata.SystemFields;
import dev.atrium.domain.query.Condition;
import dev.atrium.domain.record.Record;
import dev.atrium.domain.record.RecordIds;
import dev.atrium.domain.security.AccessPolicy;
import dev.atrium.domain.security.Principal;
import dev.atrium.domain.security.Tokens;

/**
 * Logins, tokens and logouts. Tokens are stored as hashes; each request checks the token's
 * lifetime and idle time. A token's last access is kept in memory and written at most once per
 * {@link #flushActivity} call (every {@link #ACTIVITY_FLUSH}), not on every request. A token found is
 * cached with its caller until a write to its user, to it, or to any role, team or membership: on
 * this node the write itself drops it, on the others the {@link SecurityVersionWatch}. A token is
 * bound to the password it was issued under, so a password change ends every token of the user.
 */
public final class AuthService implements LoginUseCase, AuthenticateUseCase, LogoutUseCase, WriteListener {

    public static final Duration ACTIVITY_FLUSH = Duration.ofSeconds(30);
    /** How long a token is cached at most: short enough to see the last access that other nodes wrote. */
    static final Duration CACHE_LIFETIME = Duration.ofSeconds(60);
    private static final Set<String> MEMBERSHIP_ENTITIES = Set.of("Role", "Team", "UserRole", "UserTeam");
    static final int MAX_FAILURES = 10;
    static final Duration FAILURE_WINDOW = Duration.ofSeconds(60);
    /** Checked against when the user is unknown, so that a wrong name costs as long as a wrong password. */
    private static final String DUMMY_HASH = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX3wu8ZT/2nIw3gMjIzJ0ZSqHOy";

    private final GetCatalogUseCase catalogs;
    private final RecordRepository repository;
    private final UnitOfWork unitOfWork;
    private final PasswordHasher passwords;
    private final LoginLog loginLog;
    private final AccessControl access;
    private final Clock clock;
    private final TokenSettings settings;
    private final RecordIds ids;
    private final SecurityCache<String, ActiveToken> tokens;
    private final Map<String, LocalDateTime> activity = new ConcurrentHashMap<>();

    /** On a node that shares its database with no other. */
    public AuthService(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork,
            PasswordHasher passwords, LoginLog loginLog, AccessControl access, Clock clock, TokenSettings settings) {
        this(catalogs, repository, unitOfWork, passwords, loginLog, access, clock, settings, SecurityVersionWatch.alone());
    }

    public AuthService(GetCatalogUseCase catalogs, RecordRepository repository, UnitOfWork unitOfWork,
            PasswordHasher passwords, LoginLog loginLog, AccessControl access, Clock clock, TokenSettings settings,
            SecurityVersionWatch watch) {
        this.catalogs = catalogs;
        this.repository = repository;
        this.unitOfWork = unitOfWork;
        this.passwords = passwords;
        this.loginLog = loginLog;
        this.access = access;
        this.clock = clock;
        this.settings = settings;
        this.ids = new RecordIds(clock);
        this.tokens = new SecurityCache<>(watch, clock, CACHE_LIFETIME);
    }

    @Override
    public LoginResult login(LoginCommand command) {
        LocalDateTime now = now();
        String ip = command.ipAddress() == null ? "unknown" : command.ipAddress();
        if (loginLog.failuresSince(ip, now.minus(FAILURE_WINDOW)) > MAX_FAILURES) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "Max failed login attempts exceeded.");
        }
        Catalog catalog = catalogs.currentCatalog();
        EntityDefinition users = catalog.require("User");
        Optional<Record> user = unitOfWork.readOnly(() -> userNamed(users, command.userName()));
        String hash = user.map(found -> (String) found.get("password")).orElse(null);
        boolean matches = passwords.matches(command.password() == null ? "" : command.password(),
                hash == null ? DUMMY_HASH : hash) && hash != null;
        if (!matches || !Boolean.TRUE.equals(user.get().get("isActive"))) {
            loginLog.record(ip, command.userName(), false, now);
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "Wrong credentials.");
        }
        loginLog.record(ip, command.userName(), true, now);
        String rawToken = Tokens.newRawToken();
        Map<String, Object> token = new LinkedHashMap<>();
        EntityDefinition authTokens = catalog.require("AuthToken");
        authTokens.storedFields().forEach(field -> token.put(field.attribute(), null));
        token.put(SystemFields.ID, ids.next());
        token.put("name", "Login from " + ip);
        token.put("userId", user.get().id());
        token.put("tokenHash", Tokens.hash(rawToken));
        token.put("passwordStamp", Tokens.hash(hash));
        token.put("isActive", true);
        token.put("lifetime", (long) (command.lifetimeHours() == null ? settings.lifetimeHours() : command.lifetimeHours()));
        token.put("idleTime", (long) (command.idleHours() == null ? settings.idleHours() : command.idleHours()));
        token.put("lastAccess", now);
        token.put("ipAddress", ip.length() > 45 ? ip.substring(0, 45) : ip);
        token.put(SystemFields.DELETED, false);
        token.put(SystemFields.CREATED_AT, now);
        token.put(SystemFields.MODIFIED_AT, now);
        token.put(SystemFields.CREATED_BY_ID, user.get().id());
        unitOfWork.inTransaction(() -> {
            repository.insert(authTokens, token);
            return null;
        });
        Principal principal = unitOfWork.readOnly(() -> principal(catalog, user.get()));
        return new LoginResult(Secrets.hide(users, user.get()), rawToken, access.policyFor(principal));
    }

    @Override
    public Principal authenticate(String userName, String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            throw unauthenticated();
        }
        String hash = Tokens.hash(rawToken);
        ActiveToken token = tokens.get(hash).orElse(null);
        if (token == null) {
            long generation = tokens.generation();
            token = unitOfWork.readOnly(() -> load(hash)).orElseThrow(AuthService::unauthenticated);
            tokens.put(hash, token, generation);
        }
        if (!Tokens.sameHash(hash, token.hash()) || userName != null && !userName.equals(token.principal().userName())) {
            throw unauthenticated();
        }
        LocalDateTime now = now();
        LocalDateTime lastAccess = activity.getOrDefault(token.id(), token.lastAccess());
        if (token.lifetimeHours() > 0 && now.isAfter(token.createdAt().plusHours(token.lifetimeHours()))
                || token.idleHours() > 0 && lastAccess != null && now.isAfter(lastAccess.plusHours(token.idleHours()))) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "The token has expired.");
        }
        activity.put(token.id(), now);
        return token.principal();
    }

    @Override
    public Principal principalOf(String userId) {
        if (Principal.SYSTEM.userId().equals(userId)) {
            return Principal.SYSTEM;
        }
        Catalog catalog = catalogs.currentCatalog();
        return unitOfWork.readOnly(() -> repository.findById(catalog.require("User"), userId, false)
                .filter(user -> Boolean.TRUE.equals(user.get("isActive")))
                .map(user -> principal(catalog, user))
                .orElseThrow(AuthService::unauthenticated));
    }

    @Override
    public AccessPolicy accessOf(Principal principal) {
        return access.policyFor(principal);
    }

    @Override
    public void destroyToken(Principal caller, String rawToken) {
        String hash = Tokens.hash(rawToken == null ? "" : rawToken);
        EntityDefinition authTokens = catalogs.currentCatalog().require("AuthToken");
        unitOfWork.inTransaction(() -> {
            Optional<Record> token = repository.findIdByKey(authTokens, Map.of("tokenHash", hash))
                    .flatMap(id -> repository.findById(authTokens, id, false));
            if (token.isEmpty() || !caller.admin() && !caller.userId().equals(token.get().get("userId"))) {
                throw DomainException.notFound("No such token.");
            }
            repository.update(authTokens, token.get().id(), Map.of("isActive", false, SystemFields.MODIFIED_AT, now()));
            return null;
        });
        tokens.drop((cachedHash, token) -> cachedHash.equals(hash));
    }

    /**
     * Drops the tokens a committed write made stale: those of the users or the tokens written, and
     * all of them when roles, teams or memberships changed (a new member is in no cached token yet).
     */
    @Override
    public void written(String entity, Set<String> ids) {
        if (entity.equals("User")) {
            tokens.drop((hash, token) -> ids.isEmpty() || ids.contains(token.principal().userId()));
        } else if (entity.equals("AuthToken")) {
            tokens.drop((hash, token) -> ids.isEmpty() || ids.contains(token.id()));
        } else if (MEMBERSHIP_ENTITIES.contains(entity)) {
            tokens.dropAll();
        }
    }

    /** Writes the last access of the tokens used since the previous call; one write per token at most. */
    public void flushActivity() {
        if (activity.isEmpty()) {
            return;
        }
        Map<String, LocalDateTime> pending = new HashMap<>(activity);
        pending.forEach(activity::remove);
        EntityDefinition authTokens = catalogs.currentCatalog().require("AuthToken");
        unitOfWork.inTransaction(() -> {
            pending.forEach((id, at) -> repository.updateAll(authTokens,
                    new Condition.Compare(SystemFields.ID, Condition.Operator.EQUALS, id), Map.of("lastAccess", at)));
            return null;
        });
    }

    private Optional<ActiveToken> load(String hash) {
        Catalog catalog = catalogs.currentCatalog();
        EntityDefinition authTokens = catalog.require("AuthToken");
        Optional<Record> token = repository.findIdByKey(authTokens, Map.of("tokenHash", hash))
                .flatMap(id -> repository.findById(authTokens, id, false))
                .filter(found -> Boolean.TRUE.equals(found.get("isActive")));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<Record> user = repository.findById(catalog.require("User"), (String) token.get().get("userId"), false)
                .filter(found -> Boolean.TRUE.equals(found.get("isActive")))
                .filter(found -> found.get("password") instanceof String password
                        && Tokens.sameHash(Tokens.hash(password), (String) token.get().get("passwordStamp")));
        return user.map(found -> new ActiveToken(token.get().id(), (String) token.get().get("tokenHash"),
                principal(catalog, found), (LocalDateTime) token.get().get(SystemFields.CREATED_AT),
                hours(token.get().get("lifetime")), hours(token.get().get("idleTime")),
                (LocalDateTime) token.get().get("lastAccess")));
    }

    private Principal principal(Catalog catalog, Record user) {
        EntityDefinition users = catalog.require("User");
        return new Principal(user.id(), (String) user.get("userName"), Boolean.TRUE.equals(user.get("isAdmin")),
                new HashSet<>(linked(catalog, users, "teams", user.id())),
                new HashSet<>(linked(catalog, users, "roles", user.id())));
    }

    private List<String> linked(Catalog catalog, EntityDefinition users, String link, String userId) {
        LinkRoute route = catalog.route(users, link);
        return repository.linkedIds(catalog.require(route.entity()), route, List.of(userId)).getOrDefault(userId, List.of());
    }

    private Optional<Record> userNamed(EntityDefinition users, String userName) {
        if (userName == null || userName.isBlank()) {
            return Optional.empty();
        }
        return repository.findIdByKey(users, Map.of("userName", userName))
                .flatMap(id -> repository.findById(users, id, false));
    }

    private static long hours(Object value) {
        return value instanceof Long number ? number : 0;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    private static DomainException unauthenticated() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "Invalid credentials.");
    }

    private record ActiveToken(String id, String hash, Principal principal, LocalDateTime createdAt, long lifetimeHours,
            long idleHours, LocalDateTime lastAccess) {
    }
}
