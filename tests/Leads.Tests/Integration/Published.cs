using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Events;
using SalesSuite.Testing;

namespace SalesSuite.Leads.Tests.Integration;

/// <summary>The events Leads staged in its outbox, read back as records.</summary>
internal static class Published
{
    public static async Task<IReadOnlyList<T>> EventsAsync<T>(this AppFactory factory) where T : IIntegrationEvent
    {
        var name = typeof(T).FullName!;
        var rows = await factory.QueryAsync(db => db.Outbox.Where(o => o.Type.Contains(typeof(T).Name)).ToListAsync());
        return [.. rows.Where(o => o.Type.StartsWith(name, StringComparison.Ordinal))
            .Select(o => (T)EventSerializer.Deserialize(o.Type, o.Payload))];
    }

    /// <summary>The page's element with this data-testid, up to its closing tag's name (enough to assert on its text).</summary>
    public static string Fragment(string html, string testId, string closing = "</p>")
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no element {testId} on the page");
        var end = html.IndexOf(closing, start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }
}
