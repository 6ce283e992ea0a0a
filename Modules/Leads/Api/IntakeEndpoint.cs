using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SalesSuite.Leads.Application.Intake;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Api;

/// <summary>
/// POST /api/leads/intake with header X-Api-Key: a website form or scanner posts a lead for its source. Fields are checked
/// by the intake form's validator (same required fields and lengths), answered 400 with a problem naming each field;
/// requests are rate-limited per key (<see cref="RateLimitPolicy"/>, 429); a missing, unknown or revoked key gets 401.
/// </summary>
internal static class IntakeEndpoint
{
    public const string KeyHeader = "X-Api-Key";
    public const string RateLimitPolicy = "leads-intake";

    public static async Task<IResult> HandleAsync(
        HttpRequest request, IntakeRequest? body, LeadsDbContext db, IntakeCommands intake, IValidator<IntakeInput> validator,
        IStringLocalizer<LeadsModule> l, CancellationToken ct)
    {
        var key = request.Headers[KeyHeader].ToString();
        var hash = key.Length == 0 ? "" : IntakeKey.Hash(key);
        var source = await db.IntakeKeys.Where(k => k.KeyHash == hash && !k.Revoked).Select(k => k.Source).FirstOrDefaultAsync(ct);
        if (source is null)
        {
            return Results.Problem(title: "Invalid, revoked or missing API key (header X-Api-Key).", statusCode: StatusCodes.Status401Unauthorized);
        }
        var input = new IntakeInput
        {
            ContactName = body?.ContactName, Company = body?.Company, Phone = body?.Phone, Source = source, Industry = body?.Industry,
            BudgetBand = body?.BudgetBand, NeedType = body?.NeedType, Notes = body?.Notes, CreditCode = body?.CreditCode,
        };
        var result = await validator.ValidateAsync(input, ct);
        if (!result.IsValid)
        {
            return Results.ValidationProblem(result.Errors
                .GroupBy(e => JsonName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => l[e.ErrorMessage, e.CustomState as object[] ?? []].Value).ToArray()));
        }
        var (leadId, duplicateCode) = await intake.FromApiAsync(input.ToDetails(), ct);
        return Results.Created((string?)null, new { leadId, possibleDuplicateCustomer = duplicateCode });
    }

    /// <summary>The partition of the rate limit: the key's hash prefix (never the key itself), or the caller's address without one.</summary>
    public static string Partition(HttpContext context)
    {
        var key = context.Request.Headers[KeyHeader].ToString();
        return key.Length > 0 ? "key:" + IntakeKey.Hash(key)[..16] : "ip:" + context.Connection.RemoteIpAddress;
    }

    private static string JsonName(string property) =>
        property.Length == 0 ? property : char.ToLower(property[0], CultureInfo.InvariantCulture) + property[1..];
}
