using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using SalesSuite.Host.Data;
using SalesSuite.Host.Identity;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.OperationLog;

namespace SalesSuite.Host.Seeding;

/// <summary>
/// Seeds teams and the demo organisation, then each module's demo data, once: a "Demo.Seed" entry in the operation log
/// marks the database as seeded, so a demo account renamed or removed later is never re-created. The roles exist before
/// it runs (<see cref="PlatformRoles"/>, checked on every start).
/// </summary>
internal sealed class DemoSeeder(
    HostDbContext db,
    UserManager<AppUser> users,
    IEnumerable<IModule> modules,
    IClock clock,
    ILogger<DemoSeeder> logger)
{
    public const string MarkerOperation = "Demo.Seed";

    private string? _sharedPasswordHash;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (await db.OperationLog.AnyAsync(e => e.Operation == MarkerOperation, cancellationToken))
        {
            return;
        }
        var teams = await EnsureTeamsAsync(cancellationToken);
        var ids = new Dictionary<string, Guid>();
        foreach (var person in DemoPeople.People)
        {
            ids[person.UserName] = await EnsureUserAsync(person, teams);
        }
        foreach (var person in DemoPeople.People.Where(p => p.Manager is not null))
        {
            var user = await users.FindByIdAsync(ids[person.UserName].ToString());
            if (user is not null && user.ManagerId is null)
            {
                user.ManagerId = ids[person.Manager!];
                await users.UpdateAsync(user);
            }
        }
        foreach (var team in DemoPeople.Teams)
        {
            var entity = teams[team.Name];
            entity.LeaderId ??= ids[team.Leader];
        }
        DemoChannels.Add(db, ids, clock.GetCurrentInstant());
        await db.SaveChangesAsync(cancellationToken);
        foreach (var module in modules)
        {
            await module.SeedDemoDataAsync(services, cancellationToken);
        }
        db.OperationLog.Add(new OperationLogEntry(
            Guid.NewGuid(), null, MarkerOperation, "Seed", "demo-organisation", clock.GetCurrentInstant(), "[]"));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo organisation ready: {Count} people", DemoPeople.People.Count);
    }

    private async Task<Dictionary<string, Team>> EnsureTeamsAsync(CancellationToken cancellationToken)
    {
        foreach (var seed in DemoPeople.Teams)
        {
            if (!await db.Teams.AnyAsync(t => t.Name == seed.Name, cancellationToken))
            {
                db.Teams.Add(new Team { Name = seed.Name, Region = seed.Region });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return await db.Teams.ToDictionaryAsync(t => t.Name, cancellationToken);
    }

    private async Task<Guid> EnsureUserAsync(DemoPeople.Person person, Dictionary<string, Team> teams)
    {
        var existing = await users.FindByNameAsync(person.UserName);
        if (existing is not null)
        {
            return existing.Id;
        }
        var user = new AppUser
        {
            Id = Guid.NewGuid(),
            UserName = person.UserName,
            Email = $"{person.UserName}@demo.salessuite.cn",
            DisplayName = person.DisplayName,
            PhoneNumber = person.Phone,
            TeamId = person.Team is null ? null : teams[person.Team].Id,
        };
        // Every demo login shares one password: hash it once (PBKDF2 is slow on purpose) and give each account that hash.
        IdentityResult created;
        if (_sharedPasswordHash is null)
        {
            created = await users.CreateAsync(user, DemoPeople.Password);
            _sharedPasswordHash = user.PasswordHash;
        }
        else
        {
            user.PasswordHash = _sharedPasswordHash;
            created = await users.CreateAsync(user);
        }
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, person.Role);
        return user.Id;
    }
}
