using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Leads.Application.Intake;
using SalesSuite.Leads.Data;
using SalesSuite.Leads.Domain;

namespace SalesSuite.Leads.Api;

/// <summary>POST /api/leads/intake with header X-Api-Key: a website form or scanner posts a lead for its source.</summary>
internal static class IntakeEndpoint
{
    public const string KeyHeader = "X-Api-Key";

    public static async Task<IResult> HandleAsync(
        HttpRequest request, IntakeRequest? body, LeadsDbContext db, IntakeCommands intake, CancellationToken ct)
    {
        var key = request.Headers[KeyHeader].ToString();
        var hash = key.Length == 0 ? "" : IntakeKey.Hash(key);
        var source = await db.IntakeKeys.Where(k => k.KeyHash == hash && !k.Revoked).Select(k => k.Source).FirstOrDefaultAsync(ct);
        if (source is null)
        {
            return Results.Problem(title: "Invalid or missing API key (header X-Api-Key).", statusCode: StatusCodes.Status401Unauthorized);
        }
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(body?.ContactName)) errors["contactName"] = ["Required: the contact person's name."];
        if (string.IsNullOrWhiteSpace(body?.Company)) errors["company"] = ["Required: the company name."];
        if (body?.Phone is null || !DuplicateKeys.IsValidPhone(body.Phone)) errors["phone"] = ["Required: a phone number with 7 to 12 digits."];
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        var details = new LeadDetails(body!.ContactName!.Trim(), body.Company!.Trim(), body.Phone!.Trim(), source,
            body.Industry, body.BudgetBand, body.NeedType, body.Notes, body.CreditCode);
        var (leadId, duplicateCode) = await intake.FromApiAsync(details, ct);
        return Results.Created((string?)null, new { leadId, possibleDuplicateCustomer = duplicateCode });
    }
}
