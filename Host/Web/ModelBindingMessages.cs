using Microsoft.AspNetCore.Mvc;
using SalesSuite.SharedKernel.Localization;

namespace SalesSuite.Host.Web;

/// <summary>Model-binding errors ("'abc' is not valid for Amount") in the reader's language.</summary>
internal static class ModelBindingMessages
{
    public static readonly JsonStringLocalizerFactory Factory = new();

    public static void Localize(MvcOptions options, IServiceCollection services)
    {
        var l = Factory.For(typeof(ModelBindingMessages).Assembly);
        var m = options.ModelBindingMessageProvider;
        m.SetValueMustNotBeNullAccessor(field => l["Validation_Required", field]);
        m.SetMissingBindRequiredValueAccessor(field => l["Validation_Required", field]);
        m.SetMissingKeyOrValueAccessor(() => l["Validation_RequiredValue"]);
        m.SetAttemptedValueIsInvalidAccessor((value, field) => l["Validation_Invalid", value, field]);
        m.SetUnknownValueIsInvalidAccessor(field => l["Validation_InvalidValue", field]);
        m.SetValueIsInvalidAccessor(value => l["Validation_InvalidPlain", value]);
        m.SetValueMustBeANumberAccessor(field => l["Validation_Number", field]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["Validation_InvalidPlain", value]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Validation_RequiredValue"]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => l["Validation_NumberPlain"]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => l["Validation_RequiredValue"]);
    }
}
