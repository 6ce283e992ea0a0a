namespace SalesSuite.Bench.DataGen;

/// <summary>Adds one module's share of the benchmark data; generators run in <see cref="Order"/> after the demo seed.</summary>
internal interface IModuleGenerator
{
    /// <summary>Lower runs first: the organisation 0, Leads 10, Quotes 20, Collections 30, Stores 40, Goals 50, Health 60, logs 90.</summary>
    int Order { get; }

    string Name { get; }

    Task RunAsync(GenContext context, CancellationToken cancellationToken);
}
