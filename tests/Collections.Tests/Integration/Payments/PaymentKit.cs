using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using SalesSuite.Collections.Contracts;
using SalesSuite.Collections.Data;
using SalesSuite.Collections.Domain;
using SalesSuite.Quotes.Contracts;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration.Payments;

/// <summary>Contracts to pay, payments posted as the form does, scopes signed in as a person, events read from the outbox.</summary>
internal static class PaymentKit
{
    /// <summary>The first bytes of a PNG (the receipt's type is sniffed from them).</summary>
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    /// <summary>A customer known to Collections (code, name) with one accepted contract owned by <paramref name="owner"/>.</summary>
    public static async Task<TestContract> ContractAsync(AppFactory app, string owner = "sales01", string? customerName = null,
        Guid? customerId = null, string currency = "CNY", IReadOnlyList<decimal>? amounts = null)
    {
        var customer = customerId ?? Guid.NewGuid();
        var code = "C" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var name = customerName ?? "回款测试客户" + code;
        if (customerId is null)
        {
            await app.ConsumeAsync(Events.CustomerRegistered(customerId: customer, code: code, name: name));
        }
        amounts ??= [300m, 700m];
        var accepted = Events.QuoteAccepted(customerId: customer, ownerId: await app.UserIdAsync(owner), currency: currency,
            amount: amounts.Sum(), paymentSchedule:
            [.. amounts.Select((a, i) => new PaymentMilestone($"节点{i + 1}", 0m, a, new LocalDate(2026, 12, 1).PlusDays(30 * i), null))]);
        await app.ConsumeAsync(accepted);
        var milestones = await app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Receivables.AsNoTracking()
            .Where(r => r.CustomerId == customer && r.DealId == accepted.DealId).OrderBy(r => r.Sequence).Select(r => r.Id).ToListAsync());
        return new TestContract(customer, code, name, accepted, milestones);
    }

    /// <summary>Signs in and chooses the language explicitly (it is kept on the user's profile, which other tests change).</summary>
    public static async Task<HttpClient> SignInAsync(AppFactory app, string userName, string culture = "zh-CN")
    {
        var client = await app.SignInAsync(userName, culture);
        await client.PostFormAsync("/Culture", new() { ["culture"] = culture, ["returnUrl"] = "/" });
        return client;
    }

    /// <summary>Delivers the <c>ContractCreated</c> that the accepted quote put in Collections' outbox (as the dispatcher would).</summary>
    public static async Task DeliverContractCreatedAsync(AppFactory app, TestContract contract)
    {
        var created = (await EventsAsync<ContractCreated>(app)).Single(e => e.QuoteId == contract.Accepted.QuoteId);
        await app.ConsumeAsync(created);
    }

    public static Task<List<T>> EventsAsync<T>(AppFactory app) where T : IIntegrationEvent =>
        app.InScopeAsync(async sp =>
        {
            var rows = await sp.GetRequiredService<CollectionsDbContext>().Outbox.AsNoTracking()
                .Where(m => m.Type.Contains(typeof(T).Name)).ToListAsync();
            return rows.Select(m => EventSerializer.Deserialize(m.Type, m.Payload)).OfType<T>().ToList();
        });

    public static Task<Receivable> MilestoneAsync(AppFactory app, Guid id) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Receivables.AsNoTracking().SingleAsync(r => r.Id == id));

    public static Task<List<Payment>> PaymentsAsync(AppFactory app, string reference) =>
        app.InScopeAsync(sp => sp.GetRequiredService<CollectionsDbContext>().Payments.AsNoTracking().Include(p => p.Allocations)
            .Where(p => p.ReferenceKey == Payment.NormalizeReference(reference)).ToListAsync());

    /// <summary>Runs <paramref name="work"/> in a new scope as if <paramref name="userName"/> made the request.</summary>
    public static async Task<T> AsAsync<T>(AppFactory app, string userName, string role, Func<IServiceProvider, Task<T>> work)
    {
        var userId = await app.UserIdAsync(userName);
        await using var scope = app.Services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Role, role)], "Test");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(identity),
            RequestServices = scope.ServiceProvider,
        };
        return await work(scope.ServiceProvider);
    }

    public static Task<T> AsFinanceAsync<T>(AppFactory app, Func<IServiceProvider, Task<T>> work) => AsAsync(app, "finance", Roles.Finance, work);

    /// <summary>Posts the payment form as the browser does (multipart, with the token of the form for that customer).</summary>
    public static async Task<HttpResponseMessage> PostPaymentAsync(
        HttpClient client, Guid customerId, Dictionary<string, string> fields, byte[]? receipt = null, string receiptName = "receipt.png")
    {
        var page = await client.GetStringAsync($"/Collections/Payments/New?customerId={customerId}");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SignedInClient.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new StringContent(customerId.ToString()), "Input.CustomerId" },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }
        if (receipt is not null)
        {
            content.Add(new ByteArrayContent(receipt), "Receipt", receiptName);
        }
        return await client.PostAsync("/Collections/Payments/New", content);
    }

    public static Dictionary<string, string> Form(string reference, string amount, string paidOn = "2026-11-20", string currency = "CNY") => new()
    {
        ["Input.BankReference"] = reference,
        ["Input.Amount"] = amount,
        ["Input.PaidOn"] = paidOn,
        ["Input.Currency"] = currency,
        ["Input.Payer"] = "付款单位",
        ["Input.Mode"] = "OldestFirst",
    };

    /// <summary>The payment id from the redirect to its page.</summary>
    public static Guid PaymentIdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Contains("/Collections/Payments/Detail", location);
        return Guid.Parse(location[(location.IndexOf("id=", StringComparison.Ordinal) + 3)..]);
    }
}
