using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Specification;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests;

public sealed class SpecificationTests : IAsyncLifetime
{
    private readonly string _folder = KernelHost.NewFolder();
    private KernelHost _host = null!;

    // Category A, rank < 10 ordered by rank then name desc: b1(1) a2(2) z3(3) c3(3) d5(5); x11 excluded.
    private static List<Widget> Data() =>
    [
        new() { Name = "c3", Rank = 3, Category = "A" },
        new() { Name = "a2", Rank = 2, Category = "A" },
        new() { Name = "x11", Rank = 11, Category = "A" },
        new() { Name = "z3", Rank = 3, Category = "A" },
        new() { Name = "b1", Rank = 1, Category = "A" },
        new() { Name = "d5", Rank = 5, Category = "A" },
        new() { Name = "q1", Rank = 1, Category = "B" },
    ];

    public async Task InitializeAsync()
    {
        _host = await KernelHost.StartAsync(_folder);
        await _host.InScopeAsync(async (db, _) => { db.Widgets.AddRange(Data()); await db.SaveChangesAsync(); });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        KernelHost.DeleteFolder(_folder);
    }

    [Fact]
    public void Given_a_list_When_the_spec_is_evaluated_in_memory_Then_where_order_thenBy_skip_take_apply()
    {
        var names = new RankedWidgetsSpec("A").Evaluate(Data()).Select(w => w.Name);

        Assert.Equal(["a2", "z3"], names);
    }

    [Fact]
    public async Task Given_a_SQLite_table_When_queried_WithSpecification_Then_EF_returns_the_same_page()
    {
        var names = await _host.InScopeAsync((db, _) =>
            db.Widgets.WithSpecification(new RankedWidgetsSpec("A")).Select(w => w.Name).ToListAsync());
        var all = await _host.InScopeAsync((db, _) =>
            db.Widgets.WithSpecification(new RankedWidgetsSpec("A", skip: 0, take: 10)).Select(w => w.Name).ToListAsync());

        Assert.Equal(["a2", "z3"], names);
        Assert.Equal(["b1", "a2", "z3", "c3", "d5"], all);
    }

    [Fact]
    public async Task Given_a_projecting_spec_When_queried_through_EF_and_in_memory_Then_Select_applies()
    {
        var spec = new RankedWidgetNamesSpec("A");

        var fromDb = await _host.InScopeAsync((db, _) => db.Widgets.WithSpecification(spec).ToListAsync());
        var inMemory = spec.Evaluate(Data()).ToList();

        Assert.Equal(["x11#11", "d5#5", "c3#3", "z3#3", "a2#2", "b1#1"], fromDb);
        Assert.Equal(fromDb, inMemory);
    }

    [Fact]
    public void Given_a_spec_When_IsSatisfiedBy_Then_only_the_criteria_count_not_the_paging()
    {
        var spec = new RankedWidgetsSpec("A", skip: 100, take: 0);

        Assert.True(spec.IsSatisfiedBy(new Widget { Category = "A", Rank = 9 }));
        Assert.False(spec.IsSatisfiedBy(new Widget { Category = "A", Rank = 10 }));
        Assert.False(spec.IsSatisfiedBy(new Widget { Category = "B", Rank = 1 }));
    }
}
