using NodaTime;

namespace SalesSuite.Bench.DataGen;

/// <summary>What every generator gets: the data folder, the scale, the host's services and the organisation.</summary>
internal sealed class GenContext(string dataFolder, double scale, IServiceProvider services, Instant now)
{
    public string DataFolder { get; } = dataFolder;

    /// <summary>1.0 is the size (1,000,000 leads…); smaller for a quick run or a test.</summary>
    public double Scale { get; } = scale;

    public IServiceProvider Services { get; } = services;

    /// <summary>The moment the data ends ("today"); history runs back from here.</summary>
    public Instant Now { get; } = now;

    /// <summary>Filled by the organisation generator (order 0): 200 salespeople in 20 teams, each team with a manager.</summary>
    public List<GenPerson> Salespeople { get; } = [];

    public List<GenTeam> Teams { get; } = [];

    /// <summary>The number of rows at this scale (at least 1).</summary>
    public int Count(long full) => (int)Math.Max(1, Math.Round(full * Scale));

    /// <summary>A random source per generator, so one generator's change never shifts another's data.</summary>
    public static Random Random(string name) => new(StringComparer.Ordinal.GetHashCode(name) & 0x7fffffff);
}

internal sealed record GenPerson(Guid Id, string UserName, Guid TeamId);

internal sealed record GenTeam(Guid Id, string Name, Guid ManagerId, string Region);
