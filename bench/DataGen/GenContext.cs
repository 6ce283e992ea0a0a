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

    /// <summary>Filled by the Leads generator (order 10): customer i is <c>Customers[i]</c> (id <c>Ids.For("customer", i)</c>).</summary>
    public List<GenCustomer> Customers { get; } = [];

    /// <summary>Filled by the Leads generator: deal i is <c>Deals[i]</c> (id <c>Ids.For("deal", i)</c>).</summary>
    public List<GenDeal> Deals { get; } = [];

    /// <summary>Rows written per module and table, for the summary at the end ("leads.Leads" → 1,000,000).</summary>
    public Dictionary<string, long> Written { get; } = [];

    public void Wrote(string file, string table, long rows) =>
        Written[$"{file}.{table}"] = Written.GetValueOrDefault($"{file}.{table}") + rows;

    /// <summary>The number of rows at this scale (at least 1).</summary>
    public int Count(long full) => (int)Math.Max(1, Math.Round(full * Scale));

    /// <summary>A random source per generator, so one generator's change never shifts another's data.</summary>
    public static Random Random(string name) => new(StringComparer.Ordinal.GetHashCode(name) & 0x7fffffff);
}

internal sealed record GenPerson(Guid Id, string UserName, Guid TeamId);

internal sealed record GenTeam(Guid Id, string Name, Guid ManagerId, string Region);

internal sealed record GenCustomer(Guid Id, string Code, string Name, Guid OwnerId, string CustomerType, Instant CreatedAt);

/// <param name="Status">"Open", "Won" or "Lost" (as Leads stores it).</param>
internal sealed record GenDeal(
    Guid Id, int CustomerIndex, Guid OwnerId, string Title, decimal Amount, string Status, Instant OpenedAt, Instant? ClosedAt,
    string StageName, bool CanQuote);
