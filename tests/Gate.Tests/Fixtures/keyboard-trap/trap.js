// Deliberately broken: swallows Tab in the text box, so keyboard users cannot leave it.
document.getElementById('area').addEventListener('keydown', function (event) {
  if (event.key === 'Tab') {
    event.preventDefault();
  }
});
