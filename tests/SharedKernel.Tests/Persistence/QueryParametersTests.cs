using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.SharedKernel.Persistence;
using SalesSuite.SharedKernel.Tests.Fixtures;

namespace SalesSuite.SharedKernel.Tests.Persistence;

public sealed class QueryParametersTests : IAsyncLifetime
{
    private readonly string _folder = KernelHost.NewFolder();
    private readonly Widget[] _widgets = [new() { Name = "a" }, new() { Name = "b" }, new() { Name = "c" }];
    private KernelHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await KernelHost.StartAsync(_folder);
        await _host.InScopeAsync(async (db, _) => { db.Widgets.AddRange(_widgets); await db.SaveChangesAsync(); });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        KernelHost.DeleteFolder(_folder);
    }

    [Fact]
    public async Task Given_ids_When_filtered_with_In_Then_the_rows_match_and_the_ids_are_parameters_not_literals()
    {
        Guid[] wanted = [_widgets[0].Id, _widgets[2].Id];

        var (names, sql) = await _host.InScopeAsync(async (db, _) =>
        {
            var query = db.Widgets.Where(QueryParameters.In<Widget, Guid>(w => w.Id, wanted));
            return (await query.OrderBy(w => w.Name).Select(w => w.Name).ToListAsync(), Sql(query));
        });

        Assert.Equal(["a", "c"], names);
        Assert.DoesNotContain(wanted[0].ToString(), sql, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Given_two_viewers_When_their_visibility_filters_the_same_query_Then_EF_produces_one_SQL_text()
    {
        var first = new Visibility(_widgets[0].Id, false, new HashSet<Guid> { _widgets[0].Id });
        var second = new Visibility(_widgets[1].Id, false, new HashSet<Guid> { _widgets[1].Id });

        var (sqlFirst, sqlSecond, seen) = await _host.InScopeAsync(async (db, _) =>
        {
            var a = db.Widgets.VisibleTo(first, w => w.Id);
            var b = db.Widgets.VisibleTo(second, w => w.Id);
            return (Sql(a), Sql(b), await b.Select(w => w.Name).ToListAsync());
        });

        Assert.Equal(sqlFirst, sqlSecond);
        Assert.Equal(["b"], seen);
        Assert.DoesNotContain(_widgets[1].Id.ToString(), sqlSecond, StringComparison.OrdinalIgnoreCase);
    }

    // The statement without the ".param set" lines SQLite's ToQueryString puts before it (those carry the values).
    private static string Sql<T>(IQueryable<T> query) =>
        string.Join('\n', query.ToQueryString().Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
}
