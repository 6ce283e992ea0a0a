using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace SalesSuite.Host.Areas.Admin;

/// <summary>Puts each Identity error next to the field it concerns, in the reader's language (keys Identity_&lt;Code&gt;).</summary>
internal static class IdentityErrorFields
{
    public static void AddTo(
        ModelStateDictionary modelState, IEnumerable<IdentityError> errors, IStringLocalizer l, string prefix, string passwordField)
    {
        foreach (var error in errors)
        {
            var field = error.Code switch
            {
                "DuplicateUserName" or "InvalidUserName" => prefix + "UserName",
                "DuplicateEmail" or "InvalidEmail" => prefix + "Email",
                "ConcurrencyFailure" => string.Empty,
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => passwordField,
                _ => string.Empty,
            };
            var text = error.Code == "ConcurrencyFailure" ? l["Common_StaleEdit"] : l["Identity_" + error.Code];
            modelState.AddModelError(field, text.ResourceNotFound ? error.Description : text.Value);
        }
    }
}
