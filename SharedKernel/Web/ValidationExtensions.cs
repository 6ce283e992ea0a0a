using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace SalesSuite.SharedKernel.Web;

/// <summary>
/// Input models are validated by a FluentValidation validator next to them (ADR 0008). Messages are resource keys,
/// placed in ModelState under the bound property's name, in the reader's language.
/// </summary>
public static class ValidationExtensions
{
    public static bool Validate<T>(
        this ModelStateDictionary modelState, IValidator<T> validator, T input, IStringLocalizer localizer, string prefix = "Input")
    {
        var result = validator.Validate(input);
        foreach (var error in result.Errors)
        {
            var arguments = error.CustomState as object[] ?? [];
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : prefix + "." + error.PropertyName;
            modelState.AddModelError(key, localizer[error.ErrorMessage, arguments].Value);
        }
        return result.IsValid;
    }
}
