using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Collections.Application;
using SalesSuite.Collections.Application.Payments;
using SalesSuite.Testing;

namespace SalesSuite.Collections.Tests.Integration.Payments;

/// <summary>Only Finance records; a payment is seen by Finance and the GM, by the owners of its milestones and their managers.</summary>
public sealed class PaymentAccessTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(TestContract Contract, Guid PaymentId, string Reference)> PaidForAsync(string owner)
    {
        var contract = await PaymentKit.ContractAsync(app, owner: owner);
        var reference = "ACC-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var id = await PaymentKit.AsFinanceAsync(app, sp => sp.GetRequiredService<PaymentCommands>().RecordAsync(
            new PaymentInput { CustomerId = contract.CustomerId, BankReference = reference, PaidOn = "2026-11-20", Amount = "300.00" },
            new ReceiptUpload("receipt.png", PaymentKit.Png.Length, new MemoryStream(PaymentKit.Png)), CancellationToken.None));
        return (contract, id, reference);
    }

    private static async Task<HttpStatusCode> DeniedStatusAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString);
        return (await client.GetAsync(response.Headers.Location)).StatusCode;
    }

    [Fact]
    public async Task Given_a_salesperson_When_opening_or_posting_the_payment_form_Then_access_is_denied_and_nothing_is_saved()
    {
        var (contract, _, _) = await PaidForAsync("sales01");
        using var sales = await PaymentKit.SignInAsync(app, "sales01");

        Assert.Equal(HttpStatusCode.Forbidden, await DeniedStatusAsync(sales, await sales.GetAsync("/Collections/Payments/New")));
        Assert.Equal(HttpStatusCode.Forbidden, await DeniedStatusAsync(sales,
            await sales.GetAsync($"/Collections/Payments/New?receivableId={contract.Milestones[1]}")));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(SignedInClient.AntiforgeryToken(await sales.GetStringAsync("/Collections/Payments"))), "__RequestVerificationToken" },
            { new StringContent(contract.CustomerId.ToString()), "Input.CustomerId" },
            { new StringContent("SALES-TRY-1"), "Input.BankReference" },
            { new StringContent("2026-11-20"), "Input.PaidOn" },
            { new StringContent("700.00"), "Input.Amount" },
        };
        Assert.Equal(HttpStatusCode.Forbidden, await DeniedStatusAsync(sales, await sales.PostAsync("/Collections/Payments/New", content)));
        Assert.Empty(await PaymentKit.PaymentsAsync(app, "SALES-TRY-1"));
    }

    [Fact]
    public async Task Given_a_payment_on_sales01s_milestone_Then_sales01_and_her_manager_see_it_and_others_get_404()
    {
        var (_, paymentId, reference) = await PaidForAsync("sales01");
        var url = $"/Collections/Payments/Detail?id={paymentId}";

        foreach (var (user, expected) in new[]
        {
            ("sales01", HttpStatusCode.OK), ("mgr.east", HttpStatusCode.OK), ("gm", HttpStatusCode.OK), ("director", HttpStatusCode.OK),
            ("admin", HttpStatusCode.OK), ("sales02", HttpStatusCode.NotFound), ("mgr.north", HttpStatusCode.NotFound),
        })
        {
            using var client = await PaymentKit.SignInAsync(app, user);
            Assert.True(expected == (await client.GetAsync(url)).StatusCode, $"{user} on the payment page");
            Assert.True(expected == (await client.GetAsync(url + "&handler=Receipt")).StatusCode, $"{user} on the receipt");
            var list = await client.GetStringAsync("/Collections/Payments");
            Assert.True((expected == HttpStatusCode.OK) == list.Contains($"data-reference=\"{reference}\"", StringComparison.Ordinal),
                $"{user} in the list");
        }
    }

    [Fact]
    public async Task Given_the_filtered_list_When_exported_Then_the_CSV_has_a_BOM_every_matching_row_and_no_formula()
    {
        var contract = await PaymentKit.ContractAsync(app);
        await PaymentKit.AsFinanceAsync(app, sp => sp.GetRequiredService<PaymentCommands>().RecordAsync(
            new PaymentInput
            {
                CustomerId = contract.CustomerId, BankReference = "=HYPERLINK(1)", PaidOn = "2026-11-19", Amount = "1300.00", Payer = "+付款方",
            },
            null, CancellationToken.None));
        using var finance = await PaymentKit.SignInAsync(app, "finance");

        var response = await finance.GetAsync(
            $"/Collections/Payments?handler=Export&Filter.CustomerId={contract.CustomerId}&Filter.Unallocated=true");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("银行流水号,到账日期,客户", lines[0]);
        var row = Assert.Single(lines[1..]);
        var cells = row.Split(',').Select(c => c.Trim('"')).ToArray();
        Assert.Equal(["'=HYPERLINK(1)", "2026-11-19", contract.Name, contract.Code, "'+付款方"], cells[..5]);
        Assert.Equal([1300m, 1000m, 300m], [.. new[] { 5, 7, 8 }.Select(i => decimal.Parse(cells[i], CultureInfo.InvariantCulture))]);
        Assert.Equal(["CNY", "有效", "财务登记"], [cells[6], cells[9], cells[10]]);
    }
}
